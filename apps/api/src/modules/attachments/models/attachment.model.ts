import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Attachment', { description: 'A file attached to an agenda item, stored in the database.' })
export class AttachmentModel {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field() contentType!: string;
  @Field(() => Int, { description: 'Bytes.' }) size!: number;
  @Field({ description: 'SHA-256 of the content, hex.' }) sha256!: string;
  @Field({ name: 'uploadedAt' }) uploadedAt!: Date;
  /** Resolved by field resolvers: `uploadedBy`, `url`. */
  uploadedById!: string;
  agendaItemId!: string | null;
}
