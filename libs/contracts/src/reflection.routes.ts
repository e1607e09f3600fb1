import { z } from 'zod';
import { Id } from './common';
import {
  AggregatesQuery, Reflection, ReflectionAggregates, ReflectionList, SharedReflectionList, UpdateReflectionBody, UpdateValueStoryBody, ValueStory, ValueStoryBody, ValueStoryList,
  WriteReflectionBody,
} from './reflection';
import type { RouteSpec } from './routes';

const route = <const R extends RouteSpec>(spec: R): R => spec;

const NetworkParams = z.object({ networkId: Id });
const ReflectionParams = z.object({ reflectionId: Id });
const StoryParams = z.object({ networkId: Id, storyId: Id });
const R = '/api/me/reflections';
const V = '/api/networks/:networkId/value-stories';
const changing = ['forbidden', 'network_archived'] as const;

/** Reflection's HTTP operations: my journal is mine alone (404 for anyone else, admins included). */
export const reflectionRoutes = {
  myReflections: route({
    method: 'GET', path: R, tag: 'reflection', summary: 'My journal: all my reflections, newest first (also those about networks I left)', access: 'session',
    response: ReflectionList, status: 200, errors: [],
  }),
  writeReflection: route({
    method: 'POST', path: R, tag: 'reflection', summary: 'Write a reflection; share a chosen part with a network of mine (members)', access: 'session',
    body: WriteReflectionBody, response: Reflection, status: 201, errors: [...changing],
  }),
  updateReflection: route({
    method: 'PATCH', path: `${R}/:reflectionId`, tag: 'reflection', summary: 'Edit my reflection, its tags or what I share', access: 'session',
    params: ReflectionParams, body: UpdateReflectionBody, response: Reflection, status: 200, errors: [...changing],
  }),
  deleteReflection: route({
    method: 'DELETE', path: `${R}/:reflectionId`, tag: 'reflection', summary: 'Delete my reflection', access: 'session',
    params: ReflectionParams, status: 204, errors: [],
  }),
  sharedReflections: route({
    method: 'GET', path: '/api/networks/:networkId/reflections', tag: 'reflection', summary: 'The parts members shared with the network, newest first (members)', access: 'session',
    params: NetworkParams, response: SharedReflectionList, status: 200, errors: ['forbidden'],
  }),
  reflectionAggregates: route({
    method: 'GET', path: '/api/networks/:networkId/reflection-aggregates', tag: 'reflection', summary: 'Shared reflections over the three sides and five cycles per quarter, cells of five people or more (members)', access: 'session',
    params: NetworkParams, query: AggregatesQuery, response: ReflectionAggregates, status: 200, errors: ['forbidden'],
  }),
  valueStories: route({
    method: 'GET', path: V, tag: 'reflection', summary: 'Shared value stories and my own unshared ones (members)', access: 'session',
    params: NetworkParams, response: ValueStoryList, status: 200, errors: ['forbidden'],
  }),
  writeValueStory: route({
    method: 'POST', path: V, tag: 'reflection', summary: 'Write a value story (members)', access: 'session',
    params: NetworkParams, body: ValueStoryBody, response: ValueStory, status: 201, errors: [...changing],
  }),
  valueStory: route({
    method: 'GET', path: `${V}/:storyId`, tag: 'reflection', summary: 'One value story, printable (shared: members; unshared: its writer)', access: 'session',
    params: StoryParams, response: ValueStory, status: 200, errors: [],
  }),
  updateValueStory: route({
    method: 'PATCH', path: `${V}/:storyId`, tag: 'reflection', summary: 'Edit or share my value story', access: 'session',
    params: StoryParams, body: UpdateValueStoryBody, response: ValueStory, status: 200, errors: [...changing],
  }),
  deleteValueStory: route({
    method: 'DELETE', path: `${V}/:storyId`, tag: 'reflection', summary: 'Delete my value story', access: 'session',
    params: StoryParams, status: 204, errors: [...changing],
  }),
} as const;
