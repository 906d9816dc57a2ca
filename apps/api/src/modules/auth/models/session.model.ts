import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Session', { description: 'A signed-in device: one access token family.' })
export class SessionModel {
  @Field(() => ID) id!: string;
  @Field() createdAt!: Date;
  @Field() lastSeenAt!: Date;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field({ description: 'The session of this request.' }) current!: boolean;
}
