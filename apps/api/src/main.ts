import 'reflect-metadata';
import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';

@Injectable()
class Probe { hello() { return 'hoi'; } }

@Module({ providers: [Probe] })
class ProbeModule { constructor(readonly probe: Probe) {} }

async function main() {
  const app = await NestFactory.create(ProbeModule, new FastifyAdapter());
  console.log(app.get(ProbeModule).probe.hello());
  await app.close();
}
void main();
