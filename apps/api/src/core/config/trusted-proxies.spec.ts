import { clientAddress, trustedProxiesFrom } from './trusted-proxies';

describe('trusted proxies', () => {
  it('reads TRUST_PROXY, loopback by default, and refuses anything else', () => {
    expect(trustedProxiesFrom(undefined)).toEqual(['loopback']);
    expect(trustedProxiesFrom('loopback, uniquelocal')).toEqual(['loopback', 'uniquelocal']);
    expect(() => trustedProxiesFrom('0.0.0.0/0')).toThrow(/TRUST_PROXY/);
  });

  it('takes the nearest forwarded address that is not a trusted proxy', () => {
    const forwarded = '203.0.113.9, 198.51.100.7';
    // A caller that is no proxy cannot name someone else.
    expect(clientAddress('198.51.100.20', forwarded, ['loopback'])).toBe('198.51.100.20');
    expect(clientAddress('127.0.0.1', forwarded, ['loopback'])).toBe('198.51.100.7');
    // nginx on the compose network: trusted only when uniquelocal is.
    expect(clientAddress('::ffff:172.18.0.5', forwarded, ['loopback'])).toBe('::ffff:172.18.0.5');
    expect(clientAddress('::ffff:172.18.0.5', forwarded, ['loopback', 'uniquelocal'])).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.2', '192.168.1.4, 10.0.0.3', ['uniquelocal'])).toBe('192.168.1.4');
    expect(clientAddress('127.0.0.1', undefined, ['loopback'])).toBe('127.0.0.1');
  });
});
