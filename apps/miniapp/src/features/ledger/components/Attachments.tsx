import { Image, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { previewOriginal } from '../../../services/transfer';
import { useState } from 'react';
import { openPdf, useFileSrc } from '../files';
import type { FileInfo } from '../types';

/** A receipt photo as its medium thumbnail (720 px), the original on tap. */
function Photo({ file }: { file: FileInfo }) {
  const src = useFileSrc(file);
  if (src.status === 'loading') return <Text className="muted">正在读取照片…</Text>;
  if (src.status === 'error') return <Text className="muted">照片读取失败，请返回后重新打开。</Text>;
  return (
    <Image
      className="ledger-photo"
      data-testid="ledger-photo"
      src={src.src}
      mode="widthFix"
      onClick={() => void previewOriginal(file.contentUrl, src.src)}
    />
  );
}

function Pdf({ file }: { file: FileInfo }) {
  const [failed, setFailed] = useState(false);
  return (
    <View>
      <Button className="big-button" size="large" block onClick={async () => setFailed(!(await openPdf(file)))}>
        下载 PDF：{file.originalName ?? '凭证'}
      </Button>
      {failed ? <Text className="muted">文件没有打开，请检查网络后再点一次。</Text> : null}
    </View>
  );
}

/** Receipts, contracts and bank slips of an entry: photos shown, PDFs as a download button. */
export function Attachments({ files, title = '凭证和附件' }: { files: FileInfo[]; title?: string }) {
  return (
    <View className="card" data-testid="ledger-attachments">
      <Text className="subtitle">{title}</Text>
      {files.length === 0 ? <Text className="muted">没有附件。</Text> : null}
      {files.map((f) => (f.mime === 'application/pdf' ? <Pdf key={f.id} file={f} /> : <Photo key={f.id} file={f} />))}
    </View>
  );
}

/** Thumbnails of files just uploaded in a form (the uploader may read them before they are attached). */
export function UploadedList({ files, onRemove }: { files: FileInfo[]; onRemove: (id: string) => void }) {
  return (
    <View>
      {files.map((f) => (
        <View key={f.id} className="ledger-upload" data-testid="ledger-uploaded">
          <Text className="text">
            {f.mime === 'application/pdf' ? `PDF：${f.originalName ?? '文件'}` : '照片已上传'}
          </Text>
          <Text className="ledger-link" onClick={() => onRemove(f.id)}>
            移除
          </Text>
        </View>
      ))}
    </View>
  );
}
