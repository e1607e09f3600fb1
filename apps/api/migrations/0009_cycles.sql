CREATE TABLE "cycle_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"author_id" uuid,
	"text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cycle_iterations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"plan" text DEFAULT '' NOT NULL,
	"done" text DEFAULT '' NOT NULL,
	"observed" text DEFAULT '' NOT NULL,
	"reflection" text DEFAULT '' NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "cycle_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"author_id" uuid,
	"iteration" integer NOT NULL,
	"phase" text NOT NULL,
	"date" date NOT NULL,
	"did" text NOT NULL,
	"happened" text DEFAULT '' NOT NULL,
	"learned" text DEFAULT '' NOT NULL,
	"next" text DEFAULT '' NOT NULL,
	"mood" smallint,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cycle_measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"value" double precision NOT NULL,
	"date" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"log_id" uuid,
	"iteration" integer NOT NULL,
	"by_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cycle_owners" (
	"cycle_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"left_at" timestamp with time zone,
	CONSTRAINT "cycle_owners_cycle_id_user_id_pk" PRIMARY KEY("cycle_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "cycle_settings" (
	"network_id" uuid PRIMARY KEY NOT NULL,
	"stale_days" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"title" text NOT NULL,
	"learning_question" text NOT NULL,
	"question_id" uuid,
	"visibility" text DEFAULT 'network' NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"phase" text DEFAULT 'plan' NOT NULL,
	"iteration" integer DEFAULT 1 NOT NULL,
	"coach_id" uuid,
	"bottlenecks" text[] DEFAULT '{}' NOT NULL,
	"change_goals" text[] DEFAULT '{}' NOT NULL,
	"outcomes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"actions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"conclusion" jsonb,
	"follow_up_of" uuid,
	"follow_up_id" uuid,
	"handed_over_from_id" uuid,
	"handed_over_at" timestamp with time zone,
	"last_log_date" date,
	"log_count" integer DEFAULT 0 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "cycle_comments" ADD CONSTRAINT "cycle_comments_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_comments" ADD CONSTRAINT "cycle_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_iterations" ADD CONSTRAINT "cycle_iterations_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_logs" ADD CONSTRAINT "cycle_logs_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_logs" ADD CONSTRAINT "cycle_logs_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_measurements" ADD CONSTRAINT "cycle_measurements_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_measurements" ADD CONSTRAINT "cycle_measurements_log_id_cycle_logs_id_fk" FOREIGN KEY ("log_id") REFERENCES "public"."cycle_logs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_measurements" ADD CONSTRAINT "cycle_measurements_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_owners" ADD CONSTRAINT "cycle_owners_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_owners" ADD CONSTRAINT "cycle_owners_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_settings" ADD CONSTRAINT "cycle_settings_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_coach_id_users_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_handed_over_from_id_users_id_fk" FOREIGN KEY ("handed_over_from_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cycle_comments_cycle_idx" ON "cycle_comments" USING btree ("cycle_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "cycle_iterations_number_idx" ON "cycle_iterations" USING btree ("cycle_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "cycle_logs_client_idx" ON "cycle_logs" USING btree ("cycle_id","client_id");--> statement-breakpoint
CREATE INDEX "cycle_logs_cycle_idx" ON "cycle_logs" USING btree ("cycle_id","date");--> statement-breakpoint
CREATE INDEX "cycle_measurements_cycle_idx" ON "cycle_measurements" USING btree ("cycle_id","indicator_id","date");--> statement-breakpoint
CREATE INDEX "cycle_owners_user_idx" ON "cycle_owners" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "cycles_network_idx" ON "cycles" USING btree ("network_id","created_at");