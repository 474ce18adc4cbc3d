: SynPlast transcription of Ca_LVAst from channels.md.
: LVA (T-type) Ca (Avery & Johnston 1996, -10 mV shift), ohmic: ica = gCa_LVAstbar * m^2 * h * (v - eca).
NEURON {
    SUFFIX Ca_LVAst
    USEION ca READ eca WRITE ica
    RANGE gCa_LVAstbar, gCa_LVAst, ica
}
UNITS {
    (S) = (siemens)
    (mV) = (millivolt)
    (mA) = (milliamp)
}
PARAMETER {
    gCa_LVAstbar = 0.00001 (S/cm2)
}
ASSIGNED {
    v (mV)
    eca (mV)
    ica (mA/cm2)
    gCa_LVAst (S/cm2)
    mInf
    mTau (ms)
    hInf
    hTau (ms)
}
STATE { m h }
BREAKPOINT {
    SOLVE states METHOD cnexp
    gCa_LVAst = gCa_LVAstbar * m * m * h
    ica = gCa_LVAst * (v - eca)
}
DERIVATIVE states {
    rates(v)
    m' = (mInf - m) / mTau
    h' = (hInf - h) / hTau
}
INITIAL {
    rates(v)
    m = mInf
    h = hInf
}
PROCEDURE rates(vm (mV)) {
    LOCAL qt, u
    qt = 2.3^((34 - 21) / 10)
    u = vm + 10
    mInf = 1 / (1 + exp((u + 30) / -6))
    mTau = (5 + 20 / (1 + exp((u + 25) / 5))) / qt
    hInf = 1 / (1 + exp((u + 80) / 6.4))
    hTau = (20 + 50 / (1 + exp((u + 40) / 7))) / qt
}
