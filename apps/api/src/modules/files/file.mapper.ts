import type { FileDto } from './dto/file.dto.js';
import type { StoredFile } from './stored-file.entity.js';

/** The response shape of a file: no storage key, no uploader or community id, no hash. */
export function toFileDto(f: StoredFile): FileDto {
  return {
    id: f.id,
    purpose: f.purpose,
    mime: f.mime,
    sizeBytes: Number(f.sizeBytes),
    width: f.width,
    height: f.height,
    originalName: f.originalName,
    status: f.status,
    contentUrl: `/api/v1/files/${f.id}/content`,
    thumbnailUrl: f.mime.startsWith('image/') ? `/api/v1/files/${f.id}/thumbnail?size=small` : null,
    createdAt: f.createdAt.toISOString(),
  };
}
