package org.synplast.engine.channel;

/**
 * The rate equations of channels.md written out literally, as the NMODL sources state them,
 * including their guard {@code if (v == V0) v = v + 0.0001}: an implementation independent of
 * {@link Rates}, to test the channels against. Each method returns {x∞, τx, ...} per gate.
 */
final class ReferenceRates {

    static final double QT = Math.pow(2.3, 1.3);

    private ReferenceRates() {
    }

    static double[] nat(double v, double v0, double k, double w0, double kh) {
        double vm = v == v0 ? v + 0.0001 : v;
        double am = 0.182 * (vm - v0) / (1 - Math.exp(-(vm - v0) / k));
        double bm = 0.124 * (v0 - vm) / (1 - Math.exp(-(v0 - vm) / k));
        double vh = v == w0 ? v + 0.0001 : v;
        double ah = -0.015 * (vh - w0) / (1 - Math.exp((vh - w0) / kh));
        double bh = -0.015 * (w0 - vh) / (1 - Math.exp((w0 - vh) / kh));
        return new double[] {am / (am + bm), 1 / ((am + bm) * QT), ah / (ah + bh), 1 / ((ah + bh) * QT)};
    }

    static double[] napEt2(double v) {
        double minf = 1 / (1 + Math.exp((v + 52.6) / -4.6));
        double vm = v == -38 ? v + 0.0001 : v;
        double am = 0.182 * (vm + 38) / (1 - Math.exp(-(vm + 38) / 6));
        double bm = 0.124 * (-vm - 38) / (1 - Math.exp(-(-vm - 38) / 6));
        double hinf = 1 / (1 + Math.exp((v + 48.8) / 10));
        double va = v == -17 ? v + 0.0001 : v;
        double ah = -2.88e-6 * (va + 17) / (1 - Math.exp((va + 17) / 4.63));
        double vb = v == -64.4 ? v + 0.0001 : v;
        double bh = 6.94e-6 * (vb + 64.4) / (1 - Math.exp(-(vb + 64.4) / 2.63));
        return new double[] {minf, 6 / ((am + bm) * QT), hinf, 1 / ((ah + bh) * QT)};
    }

    static double[] kPst(double v) {
        double u = v + 10;
        double mtau = u < -50 ? (1.25 + 175.03 * Math.exp(-u * -0.026)) / QT : (1.25 + 13 * Math.exp(-u * 0.026)) / QT;
        return new double[] {1 / (1 + Math.exp(-(u + 1) / 12)), mtau, 1 / (1 + Math.exp(-(u + 54) / -11)),
            (360 + (1010 + 24 * (u + 55)) * Math.exp(-Math.pow((u + 75) / 48, 2))) / QT};
    }

    static double[] kTst(double v) {
        double u = v + 10;
        return new double[] {1 / (1 + Math.exp(-(u + 0) / 19)), (0.34 + 0.92 * Math.exp(-Math.pow((u + 71) / 59, 2))) / QT,
            1 / (1 + Math.exp(-(u + 66) / -10)), (8 + 49 * Math.exp(-Math.pow((u + 73) / 23, 2))) / QT};
    }

    static double[] sKv31(double v) {
        return new double[] {1 / (1 + Math.exp((v - 18.7) / -9.7)), 0.2 * 20 / (1 + Math.exp((v + 46.56) / -44.14))};
    }

    static double[] skE2(double cai) {
        double ca = cai < 1e-7 ? cai + 1e-7 : cai;
        return new double[] {1 / (1 + Math.pow(0.00043 / ca, 4.8)), 1};
    }

    static double[] caHva(double v, double hShift) {
        double vm = v == -27 ? v + 0.0001 : v;
        double am = 0.055 * (-27 - vm) / (Math.exp((-27 - vm) / 3.8) - 1);
        double bm = 0.94 * Math.exp((-75 - v) / 17);
        double u = v + hShift;
        double ah = 0.000457 * Math.exp((-13 - u) / 50);
        double bh = 0.0065 / (Math.exp((-u - 15) / 28) + 1);
        return new double[] {am / (am + bm), 1 / (am + bm), ah / (ah + bh), 1 / (ah + bh)};
    }

    static double[] caLvast(double v) {
        double u = v + 10;
        return new double[] {1 / (1 + Math.exp((u + 30) / -6)), (5 + 20 / (1 + Math.exp((u + 25) / 5))) / QT,
            1 / (1 + Math.exp((u + 80) / 6.4)), (20 + 50 / (1 + Math.exp((u + 40) / 7))) / QT};
    }

    static double[] ih(double v) {
        double vm = v == -154.9 ? v + 0.0001 : v;
        double am = 0.001 * 6.43 * (vm + 154.9) / (Math.exp((vm + 154.9) / 11.9) - 1);
        double bm = 0.001 * 193 * Math.exp(v / 33.1);
        return new double[] {am / (am + bm), 1 / (am + bm)};
    }

    static double[] im(double v) {
        double am = 3.3e-3 * Math.exp(2.5 * 0.04 * (v + 35));
        double bm = 3.3e-3 * Math.exp(-2.5 * 0.04 * (v + 35));
        return new double[] {am / (am + bm), 1 / ((am + bm) * QT)};
    }
}
