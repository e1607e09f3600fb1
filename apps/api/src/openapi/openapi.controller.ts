import { Controller } from '@nestjs/common';
import { routes } from '@broedplaats/contracts';
import { ApiRoute } from '../core/api-route';
import { openApiDocument } from './openapi.docs';

@Controller()
export class OpenApiController {
  @ApiRoute(routes.openApi)
  document() {
    return openApiDocument();
  }
}
