import { useQuery } from '@apollo/client/react';
import { NetworkReportDocument, TableReportDocument, type NetworkReportQuery, type TableReportQuery } from '../generated/graphql';

export type TableReport = TableReportQuery['tableReport'];
export type OrganizationActivityItem = TableReport['organizations'][number];
export type MonthActivityItem = TableReport['months'][number];
export type NetworkReport = NetworkReportQuery['networkReport'];
export type NetworkTableActivity = NetworkReport['tables'][number];
export type RegionActivityItem = NetworkReport['regions'][number];

/** Calendar days YYYY-MM-DD, both inclusive; null while the page has no valid period to ask for. */
export interface ReportPeriodVariables {
  from: string;
  to: string;
}

/**
 * A table's activity over a period. The figures move as the table works: asked again on each
 * visit, the cached answer shown meanwhile.
 */
export function useTableReport(tableId: string, period: ReportPeriodVariables | null) {
  return useQuery(TableReportDocument, {
    variables: { tableId, from: period?.from ?? '', to: period?.to ?? '' },
    skip: !period,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}

/** Every table's and region's activity over a period (coordinators). */
export function useNetworkReport(period: ReportPeriodVariables | null) {
  return useQuery(NetworkReportDocument, {
    variables: { from: period?.from ?? '', to: period?.to ?? '' },
    skip: !period,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}
