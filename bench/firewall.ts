/**
 * The firewall row of `npm run bench`: one security group of 50,000 rules guarding the cloud
 * nodes, and 100 Express Connect sites, each checked both ways (issue 14: "50,000 rules in one
 * group and 100 sites in under 2 s"). The rules mix protocols, port ranges, priorities and
 * drops over /24s inside and around the sites, so every site is cut into many pieces. It
 * times the firewall evaluation alone (building the rule index and running vxlan/port-blocked
 * on the model a real lint run built) and reports the whole run's time beside it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config/load-config.js';
import { CidrIndex } from '../src/model/cidr-index.js';
import { FirewallIndex } from '../src/model/firewall-index.js';
import { lint } from '../src/lint.js';
import { runRule } from '../src/rules/rule.js';
import { vxlanPortBlocked } from '../src/rules/vxlan/port-blocked.js';

export interface FirewallBench {
  rules: number;
  sites: number;
  /** The whole lint run, in process: reading, the model, every rule. */
  lintMs: number;
  /** FirewallIndex over the model plus vxlan/port-blocked: the firewall evaluation alone. */
  evaluateMs: number;
  findings: number;
}

export function generateFirewallRepository(dir: string, rules: number, sites: number): void {
  mkdirSync(dir, { recursive: true });
  const lines = [
    "ROSTemplateFormatVersion: '2015-09-01'",
    'Resources:',
    '  CloudNodes:',
    '    Type: ALIYUN::ECS::SecurityGroup',
    '    Properties:',
    '      SecurityGroupIngress:',
  ];
  const protocols = ['udp', 'tcp', 'all', 'udp'];
  for (let k = 0; k < rules; k++) {
    const protocol = protocols[k % protocols.length]!;
    const ports = protocol === 'all' ? '-1/-1' : k % 3 === 0 ? '8472/8472' : `${1000 + (k % 50)}/${9000 + (k % 50)}`;
    // /24s inside the sites' /16s, and a few around them.
    const cidr =
      k % 11 === 0 ? `172.${16 + (k % 16)}.${(k >> 4) % 256}.0/24` : `10.${k % sites}.${(k >> 7) % 256}.0/24`;
    lines.push(
      `        - {IpProtocol: ${protocol}, PortRange: ${ports}, SourceCidrIp: ` +
        `${cidr}, Policy: ${k % 7 === 0 ? 'drop' : 'accept'}, Priority: ${1 + (k % 100)}}`,
    );
  }
  writeFileSync(path.join(dir, 'groups.yaml'), `${lines.join('\n')}\n`);
  const config = ['cluster:', '  cloudSecurityGroups: [CloudNodes]', '  sites:'];
  for (let i = 0; i < sites; i++)
    config.push(`    - {name: idc-${i}, connection: express-connect, hostCidrs: [10.${i}.0.0/16]}`);
  writeFileSync(path.join(dir, '.edgenet.yaml'), `${config.join('\n')}\n`);
}

export async function firewallBench(dir: string, rules = 50_000, sites = 100): Promise<FirewallBench> {
  generateFirewallRepository(dir, rules, sites);
  const config = loadConfig(path.join(dir, '.edgenet.yaml'), dir);
  const started = process.hrtime.bigint();
  const result = await lint({ paths: ['.'], cwd: dir, config, today: '2026-01-01' });
  const lintMs = Number(process.hrtime.bigint() - started) / 1e6;
  const model = result.clusters[0]!.model;
  const start = process.hrtime.bigint();
  const context = { model, cidrs: new CidrIndex(model), firewall: new FirewallIndex(model) };
  const findings = runRule(vxlanPortBlocked, context).length;
  const evaluateMs = Number(process.hrtime.bigint() - start) / 1e6;
  return { rules, sites, lintMs, evaluateMs, findings };
}
