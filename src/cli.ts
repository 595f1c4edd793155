#!/usr/bin/env node
/// <reference types="node" />
// The `news-card` command (package.json "bin"): `npx news-card extract|render …`. See cli/main.ts.
import process from 'node:process';
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
