import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import {
  ACCEPTED_UPLOAD_TYPES,
  downloadWithToken,
  FileTransferError,
  MAX_UPLOAD_BYTES,
  uploadFile,
  useAttachFile,
  useDescribeError,
  useRemoveAttachment,
} from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { endpoints } from '@concertation/shared-paths';
import { Button, ConfirmDialog, DownloadButton, ErrorMessage } from '@concertation/web-ui';
import type { AgendaItem, Attachment } from './types';

interface Upload {
  key: string;
  name: string;
  progress: number;
  error: string | null;
}

function useFileSize() {
  const { formatNumber, t } = useI18n();
  return (bytes: number) =>
    bytes >= 1024 * 1024
      ? t('agenda.files.megabytes', { size: formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10) })
      : t('agenda.files.kilobytes', { size: formatNumber(Math.max(1, Math.round(bytes / 1024))) });
}

export interface AgendaAttachmentsProps {
  item: AgendaItem;
  /** Officers attach and remove while the agenda is open. */
  canEdit: boolean;
  /** Tells the page's live region what happened (« report.pdf attached »). */
  announce: (message: string) => void;
  /**
   * Whether officers see the place to drop or pick files; the agenda shows it only when asked
   * (« Joindre un document » in an item's actions), and moves the focus to its button then.
   */
  showDropZone?: boolean;
}

/** An item's supporting documents: download for everyone who sees the item; drop or pick files for officers. */
export function AgendaAttachments({ item, canEdit, announce, showDropZone = true }: AgendaAttachmentsProps) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const size = useFileSize();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const chooseRef = useRef<HTMLButtonElement>(null);
  const shown = useRef(showDropZone);
  useEffect(() => {
    if (showDropZone && !shown.current) chooseRef.current?.focus();
    shown.current = showDropZone;
  }, [showDropZone]);
  const [attach] = useAttachFile(item.id);
  const [remove, { loading: removing }] = useRemoveAttachment(item.id);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragOver, setDragOver] = useState(false);
  const [toRemove, setToRemove] = useState<Attachment | null>(null);
  const [error, setError] = useState<string | null>(null);

  const patch = (key: string, change: Partial<Upload>) =>
    setUploads((current) => current.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)));

  const send = async (file: File) => {
    const key = `${file.name}-${Date.now()}-${Math.random()}`;
    setUploads((current) => [...current, { key, name: file.name, progress: 0, error: null }]);
    try {
      // Refused here at once rather than after sending 25 MB for nothing.
      if (file.size > MAX_UPLOAD_BYTES) throw new FileTransferError(413, 'Too large');
      const uploadId = await uploadFile(file, { onProgress: (progress) => patch(key, { progress }) });
      await attach(uploadId);
      setUploads((current) => current.filter((upload) => upload.key !== key));
      announce(t('agenda.files.attached', { name: file.name, item: item.title }));
    } catch (caught) {
      const message = t('agenda.files.failed', { name: file.name, reason: describe(caught) });
      patch(key, { error: message });
      announce(message);
    }
  };

  const sendAll = (files: FileList | null) => {
    if (files) Array.from(files).forEach((file) => void send(file));
  };

  const isFileDrag = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

  const confirmRemove = async () => {
    if (!toRemove) return;
    setError(null);
    try {
      await remove(toRemove.id);
      announce(t('agenda.files.removed', { name: toRemove.fileName }));
    } catch (caught) {
      setError(describe(caught));
    } finally {
      setToRemove(null);
    }
  };

  return (
    <div className="attachments">
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {item.attachments.length > 0 && (
        <ul className="attachments__list" aria-label={t('agenda.files.listLabel', { item: item.title })}>
          {item.attachments.map((attachment) => (
            <li key={attachment.id} className="attachments__file">
              <DownloadButton
                variant="ghost"
                size="small"
                path={endpoints.attachment(attachment.id)}
                fileName={attachment.fileName}
                fetchFile={downloadWithToken}
                aria-label={t('agenda.files.download', { name: attachment.fileName, size: size(attachment.size) })}
                onError={(caught) => setError(describe(caught))}
              >
                {attachment.fileName}
              </DownloadButton>
              <span className="muted">{size(attachment.size)}</span>
              {canEdit && (
                <Button
                  variant="ghost"
                  size="small"
                  aria-label={t('agenda.files.removeFor', { name: attachment.fileName })}
                  onClick={() => setToRemove(attachment)}
                >
                  {t('agenda.files.remove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {uploads.length > 0 && (
        <ul className="attachments__uploads">
          {uploads.map((upload) => (
            <li key={upload.key}>
              {upload.error ? (
                <div className="attachments__error" role="alert">
                  <span>{upload.error}</span>{' '}
                  <Button variant="ghost" size="small" onClick={() => setUploads((current) => current.filter((item) => item.key !== upload.key))}>
                    {t('common.dismiss')}
                  </Button>
                </div>
              ) : (
                <label className="attachments__progress">
                  <span>{t('agenda.files.uploading', { name: upload.name, percent: Math.round(upload.progress * 100) })}</span>
                  <progress max={1} value={upload.progress} />
                </label>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && showDropZone && (
        <div
          className={dragOver ? 'drop-zone drop-zone--active' : 'drop-zone'}
          onDragOver={(event) => {
            if (!isFileDrag(event)) return;
            event.preventDefault();
            event.stopPropagation();
            event.dataTransfer.dropEffect = 'copy';
            setDragOver(true);
          }}
          onDragLeave={() => setDragOver(false)}
          onDrop={(event) => {
            if (!isFileDrag(event)) return;
            event.preventDefault();
            event.stopPropagation();
            setDragOver(false);
            sendAll(event.dataTransfer.files);
          }}
        >
          <span aria-hidden="true">{t('agenda.files.dropHere')}</span>
          <Button
            ref={chooseRef}
            variant="secondary"
            size="small"
            aria-label={t('agenda.files.chooseFor', { item: item.title })}
            aria-describedby={`${inputId}-hint`}
            onClick={() => inputRef.current?.click()}
          >
            {t('agenda.files.choose')}
          </Button>
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            multiple
            hidden
            accept={ACCEPTED_UPLOAD_TYPES}
            onChange={(event) => {
              sendAll(event.target.files);
              event.target.value = '';
            }}
          />
          <span id={`${inputId}-hint`} className="field__hint">
            {t('agenda.files.limits')}
          </span>
        </div>
      )}
      <ConfirmDialog
        open={toRemove !== null}
        title={t('agenda.files.removeTitle')}
        confirmLabel={t('agenda.files.remove')}
        cancelLabel={t('common.cancel')}
        busy={removing}
        onCancel={() => setToRemove(null)}
        onConfirm={confirmRemove}
      >
        {toRemove && t('agenda.files.removeQuestion', { name: toRemove.fileName, item: item.title })}
      </ConfirmDialog>
    </div>
  );
}
