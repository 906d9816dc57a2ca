// The components' styles load with the library, before any feature's (which come in lazy chunks).
import './lib/ui.css';

export { cx } from './lib/class-names';
export { Button, buttonClassName, type ButtonProps, type ButtonVariant } from './lib/button';
export { DownloadButton, type DownloadButtonProps } from './lib/download-button';
export { TextField, TextAreaField, type TextFieldProps, type TextAreaFieldProps } from './lib/text-field';
export { SelectField, type SelectFieldProps, type SelectOption } from './lib/select-field';
export { CheckboxGroup, type CheckboxGroupProps } from './lib/checkbox-group';
export { Alert, ErrorMessage, type AlertProps, type AlertTone } from './lib/alert';
export { EmptyState, type EmptyStateProps } from './lib/empty-state';
export { Loading, Spinner, type LoadingProps } from './lib/loading';
export { ActionMenu, type ActionMenuProps } from './lib/action-menu';
export { ConfirmDialog, type ConfirmDialogProps } from './lib/confirm-dialog';
export { Badge, type BadgeTone } from './lib/badge';
export { APP_NAME, PageHeader, useDocumentTitle, type PageHeaderProps } from './lib/page-header';
export { Section, type SectionProps } from './lib/section';
export { Breadcrumb, type BreadcrumbItem, type BreadcrumbProps } from './lib/breadcrumb';
export { DataTable, type DataTableColumn, type DataTableProps } from './lib/data-table';
export { Markdown, type MarkdownProps } from './lib/markdown';
export { Tabs, type TabItem, type TabsProps } from './lib/tabs';
export { WriteAndPreview, type WriteAndPreviewLabels, type WriteAndPreviewProps } from './lib/write-and-preview';
export { VisuallyHidden } from './lib/visually-hidden';
export { ResponsiblePerson, type ResponsiblePersonProps } from './lib/responsible-person';
export { useDebouncedValue, useFocusFirstInvalid } from './lib/hooks';
export { useForm, type DescribeFailure, type FieldErrors, type FormFailure } from './lib/use-form';
export { useConfirmedAction } from './lib/use-confirmed-action';
export { chosenError, requiredError, requiredTextError, titleError, tooLongError } from './lib/validators';
