// check ran the marked file's experiment, logged the table and a consistent outcome, and wrote the outputs
String log = new File(basedir, 'build.log').text
assert log.contains('Running every experiment of ') : log
assert log.readLines().any { it.contains('in silico') && it.contains('Welch p') && it.contains('verdict') } : log
assert log.readLines().any { it =~ /\[INFO\] tiny_pairing: consistent: in silico .* vs in vitro 0\.900 .+ 0\.300 \(n = 6, .*\): Welch p = \S+ .+ 0\.05$/ } : log
assert log.contains('BUILD SUCCESS')
File out = new File(basedir, 'target/synplast-checks/tiny')
for (name in ['results.json', 'experiments.csv', 'pairs.csv', 'report.html']) {
    assert new File(out, name).isFile() : name
}
