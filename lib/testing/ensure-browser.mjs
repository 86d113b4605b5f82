// Browser tests need Debian's Chromium and CJK fonts (Chromium draws Chinese as boxes without them); the CDN test
// (e2e/cdn.test.ts) needs Debian's nginx; the data-file tests need xmllint (libxml2-utils) and the translate-toolkit's
// readers (translate-toolkit) as real parsers of TMX/TBX. On a fresh machine, running as root, install them; otherwise
// say exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasFonts = () => {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).includes('Noto Sans CJK');
  } catch {
    return false;
  }
};
const hasJava = () => {
  try {
    execSync('java -version', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const has = (command) => {
  try {
    execSync(command, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const nginx = process.env.NGINX_PATH || '/usr/sbin/nginx';

const missing = [];
if (!existsSync(chromium)) missing.push('chromium');
if (!hasFonts()) missing.push('fonts-noto-cjk');
if (!hasJava()) missing.push('default-jre-headless');
if (!existsSync(nginx)) missing.push('nginx-light');
if (!has('xmllint --version')) missing.push('libxml2-utils');
if (!has('/usr/bin/python3 -c "import translate.storage.tmx"')) missing.push('translate-toolkit');

if (missing.length === 0) {
  console.log(`test environment ok: ${chromium}, Noto CJK fonts, Java, ${nginx}, xmllint, translate-toolkit`);
  process.exit(0);
}
const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
if (process.getuid?.() === 0) {
  console.log(`installing ${missing.join(', ')} for the browser tests: ${command}`);
  execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  process.exit(0);
}
console.error(`The browser tests need ${missing.join(', ')}. Install them as root:\n  sudo ${command}`);
process.exit(1);
