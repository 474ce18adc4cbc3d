// validate ran on the file and found nothing to report
String log = new File(basedir, 'build.log').text
assert log.contains('1 file checked: 0 errors, 0 warnings')
assert log.contains('BUILD SUCCESS')
