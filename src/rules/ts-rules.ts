/** The TypeScript rules, by id. Rego rules live in policies/ and run through src/evaluate/rego-engine.ts. */
import { podOverlapsVpc } from './cidr/pod-overlaps-vpc.js';
import { cidrSyntax } from './input/cidr-syntax.js';
import type { TsRule } from './ts-rule.js';

export const TS_RULES: readonly TsRule[] = [cidrSyntax, podOverlapsVpc];
