CREATE TABLE "intervision_audit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"user_id" uuid,
	"opened_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intervision_contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"phase_key" text NOT NULL,
	"kind" text NOT NULL,
	"author_id" uuid,
	"text" text NOT NULL,
	"taken_away" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intervision_methods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"based_on" uuid,
	"template" jsonb NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intervision_participants" (
	"session_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "intervision_participants_session_id_user_id_pk" PRIMARY KEY("session_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "intervision_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"method_id" uuid NOT NULL,
	"method" jsonb NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"planned_by_id" uuid,
	"case_text" text,
	"case_updated_at" timestamp with time zone,
	"take_aways" text,
	"created_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"erased_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reflections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"author_id" uuid NOT NULL,
	"network_id" uuid,
	"text" text NOT NULL,
	"domains" text[] DEFAULT '{}' NOT NULL,
	"cycles" text[] DEFAULT '{}' NOT NULL,
	"link_kind" text,
	"link_id" uuid,
	"shared_part" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "value_stories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"author_id" uuid,
	"title" text NOT NULL,
	"immediate" text NOT NULL,
	"potential" text DEFAULT '' NOT NULL,
	"applied" text DEFAULT '' NOT NULL,
	"realised" text DEFAULT '' NOT NULL,
	"reframing" text DEFAULT '' NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "intervision_audit" ADD CONSTRAINT "intervision_audit_session_id_intervision_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."intervision_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervision_audit" ADD CONSTRAINT "intervision_audit_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervision_contributions" ADD CONSTRAINT "intervision_contributions_session_id_intervision_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."intervision_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervision_contributions" ADD CONSTRAINT "intervision_contributions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervision_methods" ADD CONSTRAINT "intervision_methods_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervision_methods" ADD CONSTRAINT "intervision_methods_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervision_participants" ADD CONSTRAINT "intervision_participants_session_id_intervision_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."intervision_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervision_participants" ADD CONSTRAINT "intervision_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervision_sessions" ADD CONSTRAINT "intervision_sessions_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervision_sessions" ADD CONSTRAINT "intervision_sessions_planned_by_id_users_id_fk" FOREIGN KEY ("planned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflections" ADD CONSTRAINT "reflections_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflections" ADD CONSTRAINT "reflections_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "value_stories" ADD CONSTRAINT "value_stories_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "value_stories" ADD CONSTRAINT "value_stories_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intervision_audit_session_idx" ON "intervision_audit" USING btree ("session_id","opened_at");--> statement-breakpoint
CREATE INDEX "intervision_contributions_session_idx" ON "intervision_contributions" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE INDEX "intervision_methods_network_idx" ON "intervision_methods" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "intervision_participants_user_idx" ON "intervision_participants" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "intervision_sessions_network_idx" ON "intervision_sessions" USING btree ("network_id","starts_at");--> statement-breakpoint
CREATE INDEX "reflections_author_idx" ON "reflections" USING btree ("author_id","created_at");--> statement-breakpoint
CREATE INDEX "reflections_network_idx" ON "reflections" USING btree ("network_id","created_at");--> statement-breakpoint
CREATE INDEX "value_stories_network_idx" ON "value_stories" USING btree ("network_id","created_at");