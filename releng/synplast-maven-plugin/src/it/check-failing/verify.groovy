// check ran the named experiment and failed the build, saying which expectation the outcome contradicts
String log = new File(basedir, 'build.log').text
assert log.contains('Running tiny_pairing of ') : log
assert log.readLines().any { it =~ /\[ERROR\] tiny_pairing: contradicted: in silico .* vs in vitro 3\.000 .+ 0\.020 \(n = 30, .*\): Welch p = \S+ < .+ 0\.05$/ } : log
assert log.contains('1 SynPlast check failed: tiny_pairing') : log
assert log.contains('BUILD FAILURE')
