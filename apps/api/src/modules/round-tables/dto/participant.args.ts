import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsString } from 'class-validator';
import { TableRole } from '@concertation/shared-domain';

@ArgsType()
export class AddParticipantArgs {
  @Field(() => ID) @IsString() tableId!: string;
  @Field(() => ID) @IsString() userId!: string;
  @Field(() => TableRole) @IsEnum(TableRole) role!: TableRole;
}

@ArgsType()
export class ChangeParticipantRoleArgs {
  @Field(() => ID) @IsString() participantId!: string;
  @Field(() => TableRole) @IsEnum(TableRole) role!: TableRole;
}
