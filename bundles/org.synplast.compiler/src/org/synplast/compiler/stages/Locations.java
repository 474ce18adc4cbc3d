package org.synplast.compiler.stages;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.synplast.compiler.canonical.SourceLocation;

/** Source locations of model objects, from Xtext's node model. */
final class Locations {

    private Locations() {
    }

    /**
     * @param o a model object
     * @return its file, line and column
     */
    static SourceLocation of(EObject o) {
        String file = o.eResource() == null || o.eResource().getURI() == null ? "<unknown>"
                : o.eResource().getURI().isFile() ? o.eResource().getURI().toFileString()
                        : o.eResource().getURI().toString();
        ICompositeNode node = NodeModelUtils.findActualNodeFor(o);
        if (node == null) {
            return SourceLocation.of(file);
        }
        int line = node.getStartLine();
        int offset = node.getOffset();
        String text = node.getRootNode().getText();
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        return new SourceLocation(file, line, offset - lineStart + 1);
    }

    /**
     * @param o a model object
     * @return its source text, trimmed, or its class name when it has none
     */
    static String text(EObject o) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(o);
        return node == null ? o.eClass().getName() : NodeModelUtils.getTokenText(node);
    }
}
