import { Controller, Get } from '@nestjs/common';
import { Public } from '../core/auth-context';
import { openApiDocument } from './openapi.docs';

@Controller()
export class OpenApiController {
  @Public()
  @Get('openapi.json')
  document() {
    return openApiDocument();
  }
}
