import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The regions a table covers, in order: the first one gives the table's default time zone. */
@Entity('round_table_region')
export class RoundTableRegionEntity {
  @PrimaryColumn({ name: 'table_id', type: 'uuid' }) tableId!: string;
  @PrimaryColumn({ name: 'region_id', type: 'uuid' }) regionId!: string;
  @Column({ type: 'int' }) position!: number;
}
