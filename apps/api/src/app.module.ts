import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AccountModule } from './account/account.module';
import { ActivityModule } from './activity/activity.module';
import { AgendaModule } from './agenda/agenda.module';
import { AdminModule } from './admin/admin.module';
import { AuthModule } from './auth/auth.module';
import { DocumentsModule } from './documents/documents.module';
import { CoreModule, type CoreOptions } from './core/core.module';
import { CyclesModule } from './cycles/cycles.module';
import { ExtensionsModule } from './core/extensions.module';
import { SessionGuard } from './core/session.guard';
import { HealthModule } from './health/health.module';
import { IntervisionModule } from './intervision/intervision.module';
import { InvitationsModule } from './invitations/invitations.module';
import { MeetingsModule } from './meetings/meetings.module';
import { NetworksModule } from './networks/networks.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OpenApiModule } from './openapi/openapi.module';
import { RealtimeModule } from './realtime/realtime.module';
import { ReflectionModule } from './reflection/reflection.module';
import { ThemesModule } from './themes/themes.module';

/** Secrets never reach the logs: cookies, and any password field wherever it appears. */
const redact = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'password',
  '*.password',
  '*.*.password',
  '*.passwordHash',
];

@Module({})
export class AppModule {
  static forRoot(core: CoreOptions, extra: DynamicModule['imports'] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: core.config.LOG_LEVEL,
            redact: { paths: redact, censor: '[redacted]' },
            autoLogging: { ignore: (req) => req.url === '/api/health' },
          },
          forRoutes: [{ path: '{*path}', method: 0 }],
        }),
        CoreModule.forRoot(core),
        ExtensionsModule,
        AuthModule,
        ThemesModule,
        NetworksModule,
        InvitationsModule,
        ActivityModule,
        AgendaModule,
        MeetingsModule,
        DocumentsModule,
        CyclesModule,
        IntervisionModule,
        ReflectionModule,
        NotificationsModule,
        AccountModule,
        AdminModule,
        RealtimeModule,
        HealthModule,
        OpenApiModule,
        ...extra,
      ],
      providers: [{ provide: APP_GUARD, useClass: SessionGuard }],
    };
  }
}
