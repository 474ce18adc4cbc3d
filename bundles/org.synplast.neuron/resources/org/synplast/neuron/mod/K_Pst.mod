: SynPlast transcription of K_Pst from channels.md.
: Persistent K (Korngreen & Sakmann 2000, -10 mV shift): ik = gK_Pstbar * m^2 * h * (v - ek).
NEURON {
    SUFFIX K_Pst
    USEION k READ ek WRITE ik
    RANGE gK_Pstbar, gK_Pst, ik
}
UNITS {
    (S) = (siemens)
    (mV) = (millivolt)
    (mA) = (milliamp)
}
PARAMETER {
    gK_Pstbar = 0.00001 (S/cm2)
}
ASSIGNED {
    v (mV)
    ek (mV)
    ik (mA/cm2)
    gK_Pst (S/cm2)
    mInf
    mTau (ms)
    hInf
    hTau (ms)
}
STATE { m h }
BREAKPOINT {
    SOLVE states METHOD cnexp
    gK_Pst = gK_Pstbar * m * m * h
    ik = gK_Pst * (v - ek)
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
    mInf = 1 / (1 + exp(-(u + 1) / 12))
    if (u < -50) {
        mTau = (1.25 + 175.03 * exp(0.026 * u)) / qt
    } else {
        mTau = (1.25 + 13 * exp(-0.026 * u)) / qt
    }
    hInf = 1 / (1 + exp((u + 54) / 11))
    hTau = (360 + (1010 + 24 * (u + 55)) * exp(-((u + 75) / 48)^2)) / qt
}
