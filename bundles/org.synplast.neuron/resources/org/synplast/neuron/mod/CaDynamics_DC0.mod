: SynPlast transcription of CaDynamics_DC0 from channels.md.
: Ca pool scaled by the local surface-to-volume ratio 4/diam:
: dcai/dt = -10000 * ica * (4 / diam) * gamma / (2 F) - (cai - minCai) / decay; cai(0) = minCai.
NEURON {
    SUFFIX CaDynamics_DC0
    USEION ca READ ica WRITE cai
    RANGE decay, gamma, minCai
}
UNITS {
    (mV) = (millivolt)
    (mA) = (milliamp)
    FARADAY = (faraday) (coulombs)
    (molar) = (1/liter)
    (mM) = (millimolar)
    (um) = (micron)
}
PARAMETER {
    gamma = 0.01
    decay = 70 (ms)
    minCai = 6.5e-5 (mM)
}
ASSIGNED {
    ica (mA/cm2)
    diam (um)
    surftovol (1/um)
}
STATE { cai (mM) }
INITIAL {
    surftovol = 4 / diam
    cai = minCai
}
BREAKPOINT { SOLVE states METHOD cnexp }
DERIVATIVE states {
    cai' = -(10000) * ica * surftovol * gamma / (2 * FARADAY) - (cai - minCai) / decay
}
