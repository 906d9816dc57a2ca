import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../../accounts/models/user.model';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field() accessToken!: string;
  @Field(() => UserModel, { description: 'The viewer: its email is visible.' }) user!: UserModel;
}
