package org.synplast.engine.cable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.synplast.engine.cell.CellModel;
import org.synplast.engine.cell.Discretization;
import org.synplast.engine.cell.DistanceOrigin;
import org.synplast.engine.cell.Insertion;
import org.synplast.engine.cell.RegionProperties;
import org.synplast.engine.mechanism.Pas;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.Section;
import org.synplast.engine.morphology.SectionGeometry;
import org.synplast.engine.morphology.SectionType;

/**
 * A reusable test problem with exact solutions (Hipparchus' TestProblem style): a uniform
 * passive cylinder with sealed ends, current injected at its 0-end (Rall 1959; Johnston & Wu
 * ch. 4). Steady state: {@code V(x) = V(0) cosh((L − x)/λ)/cosh(L/λ)}, input resistance
 * {@code R∞ coth(L/λ)} with {@code λ = sqrt(Rm d/(4 Ra))}, {@code R∞ = 4 Ra λ/(π d²)}.
 */
final class PassiveCableProblem {

    final double length; // [µm]
    final double diameter; // [µm]
    final double gPas; // [S/cm²]
    final double ra; // [Ω·cm]
    final double cm; // [µF/cm²]
    final double ePas; // [mV]

    PassiveCableProblem(double length, double diameter, double gPas, double ra, double cm, double ePas) {
        this.length = length;
        this.diameter = diameter;
        this.gPas = gPas;
        this.ra = ra;
        this.cm = cm;
        this.ePas = ePas;
    }

    /** @return a 1 mm, 2 µm cable with Rm 10 kΩ·cm² (λ ≈ 707 µm) */
    static PassiveCableProblem standard() {
        return new PassiveCableProblem(1000, 2, 1e-4, 100, 1, -65);
    }

    /** @return the length constant [µm] */
    double lambda() {
        double rmOhmCm2 = 1 / gPas;
        return Math.sqrt(rmOhmCm2 * diameter * 1e-4 / (4 * ra)) * 1e4;
    }

    /** @return input resistance of the semi-infinite cable [MΩ] */
    double rInfinity() {
        double d = diameter * 1e-4;
        return 4 * ra * lambda() * 1e-4 / (Math.PI * d * d) * 1e-6;
    }

    /** @return input resistance at the 0-end of the sealed finite cable [MΩ] */
    double inputResistance() {
        double l = length / lambda();
        return rInfinity() * Math.cosh(l) / Math.sinh(l);
    }

    /**
     * @param x distance from the injection end [µm]
     * @return steady-state V(x)/V(0)
     */
    double attenuation(double x) {
        return Math.cosh((length - x) / lambda()) / Math.cosh(length / lambda());
    }

    /** @return the membrane time constant Rm·Cm [ms] */
    double tau() {
        return cm * 1e-6 / gPas * 1e3;
    }

    /**
     * @param nseg segments
     * @return the cable as a one-section cell (the section is typed soma so that it is the root)
     */
    CellModel model(int nseg) {
        Morphology m = new Morphology(List.of(Section.of(SectionType.SOMA, -1, 0, SectionGeometry.Cylinder.of(length, diameter))));
        return new CellModel(m, new Discretization.Fixed(nseg), Map.of(SectionType.SOMA, new RegionProperties(cm, ra, 50, -77)),
                List.of(Insertion.of(Pas.KIND, Set.of(SectionType.SOMA)).with("g", gPas).with("e", ePas)), 6.3, ePas, 0,
                DistanceOrigin.SOMA_START);
    }
}
