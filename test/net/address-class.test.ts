import { describe, expect, it } from 'vitest';
import { classifyAddress } from '../../src/net/address-class.ts';

describe('classifyAddress', () => {
  it.each([
    ['8.8.8.8', 'unicast'],
    ['93.184.216.34', 'unicast'],
    ['2606:4700:4700::1111', 'unicast'],
    ['::ffff:8.8.8.8', 'unicast'],
    ['64:ff9b::808:808', 'unicast'],
  ])('%s is public (%s)', (address, range) => {
    expect(classifyAddress(address)).toMatchObject({ public: true, range });
  });

  it.each([
    ['127.0.0.1', 'loopback', 'a loopback address'],
    ['127.255.0.9', 'loopback', 'a loopback address'],
    ['::1', 'loopback', 'a loopback address'],
    ['10.1.2.3', 'private', 'a private address'],
    ['172.31.255.255', 'private', 'a private address'],
    ['192.168.0.1', 'private', 'a private address'],
    ['fc00::1', 'uniqueLocal', 'a unique-local (private) address'],
    ['169.254.169.254', 'linkLocal', 'a link-local address (the cloud metadata endpoint)'],
    ['fd00:ec2::254', 'uniqueLocal', 'a unique-local (private) address (the cloud metadata endpoint)'],
    ['fe80::1', 'linkLocal', 'a link-local address'],
    ['0.0.0.0', 'unspecified', 'an unspecified address'],
    ['0.1.2.3', 'unspecified', 'an unspecified address'],
    ['::', 'unspecified', 'an unspecified address'],
    ['100.64.0.1', 'carrierGradeNat', 'a carrier-grade NAT (shared) address'],
    ['224.0.0.251', 'multicast', 'a multicast address'],
    ['ff02::1', 'multicast', 'a multicast address'],
    ['255.255.255.255', 'broadcast', 'a broadcast address'],
    ['192.0.2.1', 'reserved', 'a reserved address'],
    ['2001:db8::1', 'reserved', 'a reserved address'],
    ['2002:7f00:1::1', '6to4', 'a 6to4 transition address'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'teredo', 'a Teredo tunnelling address'],
    ['64:ff9b:1::1', 'rfc6052', 'a local-use NAT64 address'],
    ['4000::1', 'unallocated', 'an unallocated address'],
  ])('%s is refused as %s', (address, range, description) => {
    expect(classifyAddress(address)).toMatchObject({ public: false, range, description });
  });

  it.each([
    ['::ffff:127.0.0.1', '127.0.0.1', 'an IPv4-mapped IPv6 address of 127.0.0.1, a loopback address'],
    ['::ffff:0:a00:1', '10.0.0.1', 'an IPv4-translated IPv6 address of 10.0.0.1, a private address'],
    ['64:ff9b::a9fe:a9fe', '169.254.169.254', 'a NAT64 IPv6 address of 169.254.169.254, a link-local address (the cloud metadata endpoint)'],
    ['::7f00:1', '127.0.0.1', 'a deprecated IPv4-compatible IPv6 address of 127.0.0.1, a loopback address'],
    ['::808:808', '8.8.8.8', 'a deprecated IPv4-compatible IPv6 address of 8.8.8.8, a public address'],
  ])('%s is judged by the IPv4 address it carries', (address, embeddedIPv4, description) => {
    expect(classifyAddress(address)).toMatchObject({ public: false, embeddedIPv4, description });
  });

  it('refuses text that is no IP address', () => {
    expect(classifyAddress('example.com')).toMatchObject({ public: false, range: 'invalid' });
  });
});
