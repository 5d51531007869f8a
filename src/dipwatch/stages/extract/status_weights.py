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
)
WEIGHTS = (
    1.678949,  # bias
    0.064792,  # rule_score
    -1.785279,  # has_cues
    0.338283,  # generic
    -0.049736,  # status=occurred
    -0.105287,  # status=ongoing
    0.246894,  # status=scheduled
    0.256070,  # status=expected
    0.137136,  # status=possible
    -0.869247,  # status=hypothetical
    0.384171,  # status=denied
    0.000000,  # status=cancelled
    -1.105117,  # tag=VB
    1.603398,  # tag=VBD
    0.106719,  # tag=VBG
    0.690616,  # tag=VBN
    0.567931,  # tag=VBP
    0.788903,  # tag=VBZ
    0.000000,  # tag=MD
    -0.407070,  # tag=NN
    -0.092805,  # tag=NNS
    -1.441595,  # tag=NNP
    0.312795,  # tag=JJ
    0.322583,  # dep=ROOT
    -0.356102,  # dep=conj
    0.055219,  # dep=ccomp
    0.250241,  # dep=xcomp
    0.201974,  # dep=advcl
    0.247599,  # dep=relcl
    0.193352,  # dep=acl
    -0.623929,  # dep=pcomp
    0.413014,  # dep=amod
    -0.104558,  # dep=dobj
    0.568314,  # dep=nsubj
    0.459078,  # dep=pobj
    0.109641,  # dep=parataxis
)
