package org.synplast.engine.morphology;

import org.synplast.engine.EngineException;

/**
 * A 3-D point of a traced section with the diameter there.
 *
 * @param x        [µm]
 * @param y        [µm]
 * @param z        [µm]
 * @param diameter [µm], positive
 */
public record Point3(double x, double y, double z, double diameter) {

    /** Validates the point. */
    public Point3 {
        EngineException.require(Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z),
                "point coordinates", "finite", x + " " + y + " " + z);
        EngineException.require(diameter > 0 && Double.isFinite(diameter), "diameter", "positive", diameter);
    }

    /**
     * @param o another point
     * @return the Euclidean distance [µm]
     */
    public double distance(Point3 o) {
        double dx = x - o.x;
        double dy = y - o.y;
        double dz = z - o.z;
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /**
     * @param o another point
     * @return whether both have the same coordinates (diameter ignored)
     */
    public boolean samePlace(Point3 o) {
        return x == o.x && y == o.y && z == o.z;
    }
}
