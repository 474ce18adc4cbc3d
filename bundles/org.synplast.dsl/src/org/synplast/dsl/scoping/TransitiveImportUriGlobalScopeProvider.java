package org.synplast.dsl.scoping;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;

/**
 * `import "file"` makes the elements of that file and of every file it imports (transitively)
 * visible, so that importing a library file brings the library's own imports along.
 */
public class TransitiveImportUriGlobalScopeProvider extends ImportUriGlobalScopeProvider {

	@Inject
	private IResourceScopeCache transitiveCache;

	@Override
	protected LinkedHashSet<URI> getImportedUris(Resource resource) {
		return transitiveCache.get(TransitiveImportUriGlobalScopeProvider.class.getName(), resource, () -> {
			LinkedHashSet<URI> result = new LinkedHashSet<>();
			for (URI uri : super.getImportedUris(resource)) {
				result.add(relativeTo(uri, resource));
			}
			Deque<URI> todo = new ArrayDeque<>(result);
			while (!todo.isEmpty()) {
				URI uri = todo.poll();
				Resource imported = EcoreUtil2.getResource(resource, uri.toString());
				if (imported != null && imported != resource) {
					for (URI next : super.getImportedUris(imported)) {
						URI absolute = relativeTo(next, imported);
						if (result.add(absolute)) {
							todo.add(absolute);
						}
					}
				}
			}
			result.remove(resource.getURI());
			return result;
		});
	}

	/** An import path is relative to the file that states it, not to the file being scoped. */
	private static URI relativeTo(URI uri, Resource importing) {
		URI base = importing.getURI();
		return uri.isRelative() && base != null && base.isHierarchical() && !base.isRelative() ? uri.resolve(base) : uri;
	}
}
