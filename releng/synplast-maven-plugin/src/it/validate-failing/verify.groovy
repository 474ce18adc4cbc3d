// validate failed the build with one file:line:col line per problem of broken.synplast, and none for the valid file
String log = new File(basedir, 'build.log').text
def diagnostics = log.readLines().findAll { it.contains('.synplast:') }
assert diagnostics.any { it =~ /\[ERROR\] .*src\/main\/synplast\/broken\.synplast:5:\d+: error: .* \[org\.synplast\.dsl\.missingUnit\]$/ } : diagnostics
assert diagnostics.any { it =~ /\[ERROR\] .*src\/main\/synplast\/broken\.synplast:8:\d+: error: .*Missing.*/ } : diagnostics
assert !diagnostics.any { it.contains('synapses.synplast:') } : diagnostics
assert log.contains('2 files checked: 2 errors')
assert log.contains('BUILD FAILURE')
