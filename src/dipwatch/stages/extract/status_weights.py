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
    1.651719,  # bias
    0.064049,  # rule_score
    -1.522366,  # has_cues
    0.653640,  # generic
    0.019649,  # status=occurred
    -0.141458,  # status=ongoing
    0.074353,  # status=scheduled
    0.037628,  # status=expected
    -0.047326,  # status=possible
    -0.227746,  # status=hypothetical
    0.284901,  # status=denied
    0.000000,  # status=cancelled
    -0.901455,  # tag=VB
    1.466383,  # tag=VBD
    0.197842,  # tag=VBG
    0.722229,  # tag=VBN
    0.547660,  # tag=VBP
    0.802804,  # tag=VBZ
    0.000000,  # tag=MD
    -0.464100,  # tag=NN
    -0.114719,  # tag=NNS
    -1.492896,  # tag=NNP
    0.320554,  # tag=JJ
    0.418694,  # dep=ROOT
    -0.269095,  # dep=conj
    0.150979,  # dep=ccomp
    -0.013671,  # dep=xcomp
    0.139251,  # dep=advcl
    0.096472,  # dep=relcl
    0.020828,  # dep=acl
    -0.565317,  # dep=pcomp
    0.344188,  # dep=amod
    0.072669,  # dep=dobj
    0.580305,  # dep=nsubj
    0.436833,  # dep=pobj
    0.295166,  # dep=parataxis
    -2.068111,  # cue=will
    -0.268617,  # cue='ll
    -0.360079,  # cue=would
    -0.604655,  # cue=can
    0.155093,  # cue=ca
    0.007657,  # cue=could
    0.226591,  # cue=may
    -0.840729,  # cue=might
    -0.755686,  # cue=should
    -0.577994,  # cue=must
    -0.030208,  # cue=not
    -0.190023,  # cue=n't
    0.785527,  # cue=to
    -0.977970,  # cue=imperative
    0.844385,  # cue=?
    -0.651731,  # cue=if
    -0.516960,  # cue=want
    -0.172910,  # cue=need
    1.088385,  # cue=able
)
