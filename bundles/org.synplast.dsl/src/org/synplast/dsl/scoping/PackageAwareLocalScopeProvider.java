package org.synplast.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.synplast.dsl.synPlast.Model;

/**
 * Qualified-name imports (`import a.b.*`) plus an implicit import of the file's own package, so
 * that files of one package refer to each other's elements by simple name.
 */
public class PackageAwareLocalScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> result = super.internalGetImportedNamespaceResolvers(context, ignoreCase);
		if (context instanceof Model m && m.getName() != null && !m.getName().isEmpty()) {
			result = new ArrayList<>(result);
			result.add(new ImportNormalizer(getQualifiedNameConverter().toQualifiedName(m.getName()), true,
					ignoreCase));
		}
		return result;
	}
}
