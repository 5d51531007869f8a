"""Fitted weights of the factuality score calibration (generated; do not edit).

Fitted by `dipwatch eval uds <uds_ih2> --fit-calibration` on the dev part of UDS-IH2 (2124 predicates, ridge 10.0).
"""

FEATURES = (
    'bias',
    'rule_score',
    'has_cues',
    'generic',
    'status=occurred',
    'status=ongoing',
    'status=scheduled',
    'status=expected',
    'status=possible',
    'status=hypothetical',
    'status=denied',
    'status=cancelled',
    'tag=VB',
    'tag=VBD',
    'tag=VBG',
    'tag=VBN',
    'tag=VBP',
    'tag=VBZ',
    'tag=MD',
    'tag=NN',
    'tag=NNS',
    'tag=NNP',
    'tag=JJ',
    'dep=ROOT',
    'dep=conj',
    'dep=ccomp',
    'dep=xcomp',
    'dep=advcl',
    'dep=relcl',
    'dep=acl',
    'dep=pcomp',
    'dep=amod',
    'dep=dobj',
    'dep=nsubj',
    'dep=pobj',
    'dep=parataxis',
    'cue=will',
    "cue='ll",
    'cue=would',
    'cue=can',
    'cue=ca',
    'cue=could',
    'cue=may',
    'cue=might',
    'cue=should',
    'cue=must',
    'cue=not',
    "cue=n't",
    'cue=to',
    'cue=imperative',
    'cue=?',
    'cue=if',
    'cue=want',
    'cue=need',
    'cue=able',
)
WEIGHTS = (
    1.616901,  # bias
    0.098442,  # rule_score
    -1.477972,  # has_cues
    0.648988,  # generic
    -0.048328,  # status=occurred
    -0.192480,  # status=ongoing
    0.049416,  # status=scheduled
    0.035286,  # status=expected
    -0.016869,  # status=possible
    -0.177688,  # status=hypothetical
    0.350662,  # status=denied
    0.000000,  # status=cancelled
    -0.902383,  # tag=VB
    1.461358,  # tag=VBD
    0.197265,  # tag=VBG
    0.721164,  # tag=VBN
    0.545873,  # tag=VBP
    0.799608,  # tag=VBZ
    0.000000,  # tag=MD
    -0.447388,  # tag=NN
    -0.115566,  # tag=NNS
    -1.493578,  # tag=NNP
    0.320702,  # tag=JJ
    0.421915,  # dep=ROOT
    -0.262926,  # dep=conj
    0.149420,  # dep=ccomp
    -0.003652,  # dep=xcomp
    0.138278,  # dep=advcl
    0.098411,  # dep=relcl
    0.019678,  # dep=acl
    -0.568874,  # dep=pcomp
    0.344459,  # dep=amod
    0.056861,  # dep=dobj
    0.576680,  # dep=nsubj
    0.430436,  # dep=pobj
    0.296918,  # dep=parataxis
    -2.049835,  # cue=will
    -0.249122,  # cue='ll
    -0.357766,  # cue=would
    -0.626772,  # cue=can
    0.148642,  # cue=ca
    -0.053229,  # cue=could
    0.210755,  # cue=may
    -0.853111,  # cue=might
    -0.755474,  # cue=should
    -0.578177,  # cue=must
    -0.014943,  # cue=not
    -0.168422,  # cue=n't
    0.843511,  # cue=to
    -1.003382,  # cue=imperative
    0.836190,  # cue=?
    -0.622462,  # cue=if
    -0.533163,  # cue=want
    -0.177344,  # cue=need
    1.079441,  # cue=able
)
