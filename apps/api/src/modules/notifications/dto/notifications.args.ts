import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString } from 'class-validator';

@ArgsType()
export class NotificationsArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only those not read yet.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  @IsOptional()
  @IsInt()
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string | null;
}
