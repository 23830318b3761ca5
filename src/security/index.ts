/** The Content-Security-Policy (policy.ts) and the hashes of inline scripts it allows. */
export { contentSecurityPolicy } from './policy.ts';
export { cspInlineScriptHashes } from './csp-inline-script-hashes.ts';
