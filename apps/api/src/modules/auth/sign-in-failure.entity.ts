import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A failed sign-in, counted per e-mail and per address for the rate limits. */
@Entity('sign_in_failure')
export class SignInFailureEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() email!: string;
  @Column() address!: string;
  @CreateDateColumn({ name: 'at', type: 'timestamptz' }) at!: Date;
}
