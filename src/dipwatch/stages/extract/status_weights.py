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
    1.550387,  # bias
    0.097194,  # rule_score
    -1.716960,  # has_cues
    0.425288,  # generic
    0.016761,  # status=occurred
    -0.110696,  # status=ongoing
    0.239313,  # status=scheduled
    0.093349,  # status=expected
    0.120714,  # status=possible
    -0.842569,  # status=hypothetical
    0.483128,  # status=denied
    0.000000,  # status=cancelled
    -1.043323,  # tag=VB
    1.545048,  # tag=VBD
    0.139197,  # tag=VBG
    0.684126,  # tag=VBN
    0.602448,  # tag=VBP
    0.807222,  # tag=VBZ
    0.000000,  # tag=MD
    -0.419781,  # tag=NN
    -0.102735,  # tag=NNS
    -1.445463,  # tag=NNP
    0.304789,  # tag=JJ
    0.346515,  # dep=ROOT
    -0.331159,  # dep=conj
    0.087046,  # dep=ccomp
    0.258417,  # dep=xcomp
    0.217106,  # dep=advcl
    0.274930,  # dep=relcl
    0.193555,  # dep=acl
    -0.538336,  # dep=pcomp
    0.380639,  # dep=amod
    -0.117188,  # dep=dobj
    0.567567,  # dep=nsubj
    0.455499,  # dep=pobj
    0.123521,  # dep=parataxis
)
