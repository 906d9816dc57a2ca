export { TablesDirectoryPage } from './lib/tables-directory-page';
export { OrganizationsDirectoryPage } from './lib/organizations-directory-page';
export { OrganizationPage } from './lib/organization-page';
export { CreateOrganizationPage } from './lib/create-organization-page';
export { CreateTablePage } from './lib/create-table-page';
