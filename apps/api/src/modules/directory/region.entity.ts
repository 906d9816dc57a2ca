import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EnumValue, RegionKind } from '@concertation/shared-domain';

@Entity('region')
export class RegionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() code!: string;
  @Column({ name: 'name_fr' }) nameFr!: string;
  @Column({ name: 'name_en' }) nameEn!: string;
  @Column({ type: 'varchar' }) kind!: EnumValue<RegionKind>;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId!: string | null;
  @Column({ name: 'time_zone' }) timeZone!: string;
}
