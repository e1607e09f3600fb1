import { Controller } from '@nestjs/common';
import { routes, type Reflection, type ReflectionAggregates, type SharedReflection, type ValueStory } from '@broedplaats/contracts';
import { ApiRoute, RouteBody, RouteParams, RouteQuery, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { ReflectionService } from './reflection.service';
import { ValueStoriesService } from './value-stories.service';

/** My journal, what members shared with a network, its aggregates, and value stories. */
@Controller()
export class ReflectionController {
  constructor(
    private readonly reflections: ReflectionService,
    private readonly valueStories: ValueStoriesService,
  ) {}

  @ApiRoute(routes.myReflections)
  mine(@CurrentUser() { user }: AuthContext): Promise<Reflection[]> {
    return this.reflections.mine(user);
  }

  @ApiRoute(routes.writeReflection)
  write(@CurrentUser() { user }: AuthContext, @RouteBody(routes.writeReflection) body: In<'writeReflection', 'body'>): Promise<Reflection> {
    return this.reflections.write(user, body);
  }

  @ApiRoute(routes.updateReflection)
  update(@CurrentUser() { user }: AuthContext, @RouteParams(routes.updateReflection) p: In<'updateReflection', 'params'>, @RouteBody(routes.updateReflection) body: In<'updateReflection', 'body'>): Promise<Reflection> {
    return this.reflections.update(user, p.reflectionId, body);
  }

  @ApiRoute(routes.deleteReflection)
  remove(@CurrentUser() { user }: AuthContext, @RouteParams(routes.deleteReflection) p: In<'deleteReflection', 'params'>): Promise<void> {
    return this.reflections.remove(user, p.reflectionId);
  }

  @ApiRoute(routes.sharedReflections)
  shared(@CurrentUser() { user }: AuthContext, @RouteParams(routes.sharedReflections) p: In<'sharedReflections', 'params'>): Promise<SharedReflection[]> {
    return this.reflections.shared(user, p.networkId);
  }

  @ApiRoute(routes.reflectionAggregates)
  aggregates(@CurrentUser() { user }: AuthContext, @RouteParams(routes.reflectionAggregates) p: In<'reflectionAggregates', 'params'>, @RouteQuery(routes.reflectionAggregates) q: In<'reflectionAggregates', 'query'>): Promise<ReflectionAggregates> {
    return this.reflections.aggregates(user, p.networkId, q);
  }

  @ApiRoute(routes.valueStories)
  stories(@CurrentUser() { user }: AuthContext, @RouteParams(routes.valueStories) p: In<'valueStories', 'params'>): Promise<ValueStory[]> {
    return this.valueStories.list(user, p.networkId);
  }

  @ApiRoute(routes.writeValueStory)
  writeStory(@CurrentUser() { user }: AuthContext, @RouteParams(routes.writeValueStory) p: In<'writeValueStory', 'params'>, @RouteBody(routes.writeValueStory) body: In<'writeValueStory', 'body'>): Promise<ValueStory> {
    return this.valueStories.write(user, p.networkId, body);
  }

  @ApiRoute(routes.valueStory)
  story(@CurrentUser() { user }: AuthContext, @RouteParams(routes.valueStory) p: In<'valueStory', 'params'>): Promise<ValueStory> {
    return this.valueStories.one(user, p.networkId, p.storyId);
  }

  @ApiRoute(routes.updateValueStory)
  updateStory(@CurrentUser() { user }: AuthContext, @RouteParams(routes.updateValueStory) p: In<'updateValueStory', 'params'>, @RouteBody(routes.updateValueStory) body: In<'updateValueStory', 'body'>): Promise<ValueStory> {
    return this.valueStories.update(user, p.networkId, p.storyId, body);
  }

  @ApiRoute(routes.deleteValueStory)
  removeStory(@CurrentUser() { user }: AuthContext, @RouteParams(routes.deleteValueStory) p: In<'deleteValueStory', 'params'>): Promise<void> {
    return this.valueStories.remove(user, p.networkId, p.storyId);
  }
}
