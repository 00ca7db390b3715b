// The bot check's solver (decision 032), run by Vaadin's executeJs with $0 = salt, $1 = challenge (hex SHA-256),
// $2 = the largest number: finds n with SHA-256(salt + n) = challenge, in slices so the page stays responsive.
// Plain JavaScript SHA-256 (FIPS 180-4), as crypto.subtle exists only on HTTPS pages and is slow per call.
const salt = $0, target = $1, max = $2;
const K = [], H = [];
for (let n = 2, found = 0; found < 64; n++) {
  let prime = true;
  for (let d = 2; d * d <= n; d++) { if (n % d === 0) { prime = false; break; } }
  if (prime) {
    if (found < 8) { H.push((Math.pow(n, 1 / 2) % 1) * 4294967296 | 0); }
    K.push((Math.pow(n, 1 / 3) % 1) * 4294967296 | 0);
    found++;
  }
}
const rotr = (x, r) => (x >>> r) | (x << (32 - r));
function sha256(text) {
  const bytes = [];
  for (let i = 0; i < text.length; i++) { bytes.push(text.charCodeAt(i) & 0xff); }
  const bits = bytes.length * 8;
  bytes.push(0x80);
  while (bytes.length % 64 !== 56) { bytes.push(0); }
  for (let i = 7; i >= 0; i--) { bytes.push(i >= 4 ? 0 : (bits >>> (i * 8)) & 0xff); }
  let h = H.slice();
  const w = new Array(64);
  for (let block = 0; block < bytes.length; block += 64) {
    for (let i = 0; i < 16; i++) {
      const j = block + i * 4;
      w[i] = (bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3];
    }
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let [a, b, c, d, e, f, g, k] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h = [a, b, c, d, e, f, g, k].map((v, i) => (v + h[i]) | 0);
  }
  return h.map(v => (v >>> 0).toString(16).padStart(8, '0')).join('');
}
return new Promise(resolve => {
  let n = 0;
  const slice = () => {
    const end = Math.min(max, n + 4000);
    for (; n <= end; n++) {
      if (sha256(salt + n) === target) { resolve(n); return; }
    }
    if (n > max) { resolve(-1); } else { setTimeout(slice, 0); }
  };
  slice();
});
