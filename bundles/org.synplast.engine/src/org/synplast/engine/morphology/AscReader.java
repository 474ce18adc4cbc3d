package org.synplast.engine.morphology;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.synplast.engine.EngineMessage;

/**
 * Reads Neurolucida ASC files (the Blue Brain reconstructions): a {@code (CellBody)} outline
 * becomes the soma through {@link SomaContour} (Import3d's conversion) and every
 * {@code (Dendrite)}, {@code (Apical)} and {@code (Axon)} tree becomes sections, split at the
 * {@code ( … | … )} branch groups. Neurite trees attach to soma(0.5) as in Import3d; a child
 * section starts at its parent's last point (with the child's first diameter) unless its own
 * first point is already there. Properties such as {@code (Color Red)} and markers are skipped;
 * a block with points but none of the four kinds is an error, as are unbalanced parentheses,
 * non-positive diameters and malformed points (errors name the file and line). Where a file has
 * several soma outlines, the one with the longest perimeter is used (Import3d would stack them).
 */
public final class AscReader {

    private AscReader() {
    }

    /** A parsed S-expression element. */
    private sealed interface Node permits Atom, Group, Bar {
        int line();
    }

    private record Atom(String text, boolean string, int line) implements Node {
    }

    private record Bar(int line) implements Node {
    }

    private record Group(List<Node> items, int line) implements Node {
    }

    /**
     * @param file an ASC file
     * @return the morphology
     * @throws MorphologyException if it cannot be read or is malformed
     */
    public static Morphology read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.ISO_8859_1), file.getFileName().toString());
        } catch (IOException e) {
            throw new MorphologyException(file.toString(), 0, EngineMessage.IO_ERROR, file, e.getMessage());
        }
    }

    /**
     * @param reader the text
     * @param source a name for messages
     * @return the morphology
     * @throws IOException if reading fails
     */
    public static Morphology read(Reader reader, String source) throws IOException {
        StringBuilder b = new StringBuilder();
        char[] buf = new char[8192];
        int n;
        while ((n = reader.read(buf)) > 0) {
            b.append(buf, 0, n);
        }
        return read(b.toString(), source);
    }

    private static Morphology read(String text, String source) {
        List<Group> blocks = parse(text, source);
        double[][] outline = null;
        double perimeter = -1;
        List<Group> trees = new ArrayList<>();
        List<SectionType> types = new ArrayList<>();
        for (Group block : blocks) {
            String kind = kind(block);
            if ("CellBody".equals(kind)) {
                double[][] c = contour(block, source);
                double p = perimeter(c);
                if (p > perimeter) {
                    outline = c;
                    perimeter = p;
                }
            } else if (kind != null) {
                trees.add(block);
                types.add(switch (kind) {
                    case "Dendrite" -> SectionType.BASAL;
                    case "Apical" -> SectionType.APICAL;
                    default -> SectionType.AXON;
                });
            } else if (hasPoints(block)) {
                throw new MorphologyException(source, block.line(), EngineMessage.UNKNOWN_BLOCK, describe(block));
            }
        }
        if (outline == null) {
            throw new MorphologyException(source, 0, EngineMessage.NO_SOMA);
        }
        List<Section> sections = new ArrayList<>();
        sections.add(Section.of(SectionType.SOMA, -1, 0, new SectionGeometry.Trace(SomaContour.toSection(outline))));
        for (int i = 0; i < trees.size(); i++) {
            addBranch(trees.get(i).items(), types.get(i), 0, 0.5, null, sections, source, trees.get(i).line());
        }
        return new Morphology(sections);
    }

    /**
     * Adds the section made of the points of {@code items} and, for a trailing branch group,
     * one child section per alternative.
     */
    private static void addBranch(List<Node> items, SectionType type, int parent, double parentX, Point3 parentEnd,
            List<Section> sections, String source, int line) {
        List<Point3> points = new ArrayList<>();
        List<List<Node>> branches = new ArrayList<>();
        for (Node item : items) {
            if (item instanceof Group g) {
                if (isPoint(g)) {
                    points.add(point(g, source));
                } else if (!g.items().isEmpty() && !(g.items().get(0) instanceof Atom)) {
                    branches.addAll(split(g.items()));
                }
            }
        }
        if (points.isEmpty()) {
            throw new MorphologyException(source, line, EngineMessage.TOO_FEW_POINTS, sections.size(), 0, 2);
        }
        if (parentEnd != null && !parentEnd.samePlace(points.get(0))) {
            points.add(0, new Point3(parentEnd.x(), parentEnd.y(), parentEnd.z(), points.get(0).diameter()));
        }
        if (points.size() < 2) {
            throw new MorphologyException(source, line, EngineMessage.TOO_FEW_POINTS, sections.size(), points.size(), 2);
        }
        sections.add(Section.of(type, parent, parentX, new SectionGeometry.Trace(points)));
        int me = sections.size() - 1;
        Point3 end = points.get(points.size() - 1);
        for (List<Node> branch : branches) {
            addBranch(branch, type, me, 1, end, sections, source, branch.isEmpty() ? line : branch.get(0).line());
        }
    }

    private static List<List<Node>> split(List<Node> items) {
        List<List<Node>> parts = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        for (Node item : items) {
            if (item instanceof Bar) {
                parts.add(current);
                current = new ArrayList<>();
            } else {
                current.add(item);
            }
        }
        parts.add(current);
        return parts;
    }

    /** @return CellBody, Dendrite, Apical or Axon if the block carries that flag, else null */
    private static String kind(Group block) {
        for (Node item : block.items()) {
            if (item instanceof Group g && g.items().size() == 1 && g.items().get(0) instanceof Atom a && !a.string()) {
                switch (a.text()) {
                    case "CellBody", "Dendrite", "Apical", "Axon":
                        return a.text();
                    default:
                        break;
                }
            }
        }
        return null;
    }

    private static boolean hasPoints(Group block) {
        for (Node item : block.items()) {
            if (item instanceof Group g && (isPoint(g) || hasPoints(g) && !(g.items().get(0) instanceof Atom))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Group block) {
        for (Node item : block.items()) {
            if (item instanceof Atom a) {
                return a.string() ? "\"" + a.text() + "\"" : a.text();
            }
            if (item instanceof Group g && !g.items().isEmpty() && g.items().get(0) instanceof Atom a && !"Color".equals(a.text())) {
                return "(" + a.text() + ")";
            }
        }
        return "without a kind";
    }

    private static double[][] contour(Group block, String source) {
        List<double[]> pts = new ArrayList<>();
        for (Node item : block.items()) {
            if (item instanceof Group g && isPoint(g)) {
                pts.add(coordinates(g, source));
            }
        }
        return pts.toArray(new double[0][]);
    }

    private static double perimeter(double[][] c) {
        double p = 0;
        for (int i = 1; i < c.length; i++) {
            p += Math.hypot(c[i][0] - c[i - 1][0], c[i][1] - c[i - 1][1]);
        }
        return p;
    }

    /** A point is a group whose first three items are numbers. */
    private static boolean isPoint(Group g) {
        List<Node> it = g.items();
        if (it.size() < 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (!(it.get(i) instanceof Atom a) || a.string() || !isNumber(a.text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String s) {
        char c = s.charAt(0);
        return Character.isDigit(c) || c == '-' || c == '+' || c == '.';
    }

    private static double[] coordinates(Group g, String source) {
        double[] r = new double[4];
        for (int i = 0; i < 4 && i < g.items().size(); i++) {
            Node item = g.items().get(i);
            if (!(item instanceof Atom a) || a.string()) {
                if (i == 3) {
                    break;
                }
                throw new MorphologyException(source, g.line(), EngineMessage.MALFORMED_LINE, "point " + g.items());
            }
            try {
                r[i] = Double.parseDouble(a.text());
            } catch (NumberFormatException e) {
                if (i == 3) {
                    break;
                }
                throw new MorphologyException(source, g.line(), EngineMessage.MALFORMED_LINE, "point with " + a.text());
            }
        }
        return r;
    }

    private static Point3 point(Group g, String source) {
        double[] c = coordinates(g, source);
        if (g.items().size() < 4 || !(c[3] > 0)) {
            throw new MorphologyException(source, g.line(), EngineMessage.NON_POSITIVE_DIAMETER, c[3]);
        }
        return new Point3(c[0], c[1], c[2], c[3]);
    }

    /** Tokenises and parses the top-level groups, checking parentheses. */
    private static List<Group> parse(String text, String source) {
        List<Group> top = new ArrayList<>();
        List<List<Node>> stack = new ArrayList<>();
        List<Integer> openLines = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c) || c == ',') {
                i++;
            } else if (c == ';') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '(') {
                stack.add(new ArrayList<>());
                openLines.add(line);
                i++;
            } else if (c == ')') {
                if (stack.isEmpty()) {
                    throw new MorphologyException(source, line, EngineMessage.UNBALANCED_PARENTHESES, "')' without '('");
                }
                List<Node> items = stack.remove(stack.size() - 1);
                Group g = new Group(List.copyOf(items), openLines.remove(openLines.size() - 1));
                if (stack.isEmpty()) {
                    top.add(g);
                } else {
                    stack.get(stack.size() - 1).add(g);
                }
                i++;
            } else if (c == '|') {
                if (!stack.isEmpty()) {
                    stack.get(stack.size() - 1).add(new Bar(line));
                }
                i++;
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    throw new MorphologyException(source, line, EngineMessage.MALFORMED_LINE, "unterminated string");
                }
                String s = text.substring(i + 1, end);
                if (!stack.isEmpty()) {
                    stack.get(stack.size() - 1).add(new Atom(s, true, line));
                }
                line += (int) s.chars().filter(ch -> ch == '\n').count();
                i = end + 1;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(text.charAt(i)) && "()|;\",".indexOf(text.charAt(i)) < 0) {
                    i++;
                }
                if (!stack.isEmpty()) {
                    stack.get(stack.size() - 1).add(new Atom(text.substring(start, i), false, line));
                }
            }
        }
        if (!stack.isEmpty()) {
            throw new MorphologyException(source, openLines.get(openLines.size() - 1), EngineMessage.UNBALANCED_PARENTHESES,
                    "'(' never closed");
        }
        return top;
    }
}
