import { Image, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ApiError } from '@gongzhi/api-client';
import { describeError } from '../../../services/errors';
import { previewOriginal } from '../../../services/transfer';
import { choosePhotos, MAX_PHOTOS, uploadRepairPhoto, usePhotoSrc } from '../photos';
import type { Photo } from '../types';

/** A stored photo as its small thumbnail (240 px; the original is up to 2560 px), the original on tap. */
function StoredPhoto({ photo, all }: { photo: Photo; all: string[] }) {
  const src = usePhotoSrc(photo.thumbnailUrl ?? photo.url);
  return (
    <View className="rp-photo">
      {src.status === 'ok' ? (
        <Image
          className="rp-photo__img"
          data-testid="rp-photo"
          src={src.src}
          mode="aspectFill"
          onClick={() =>
            void (all.length ? Taro.previewImage({ urls: all, current: src.src }) : previewOriginal(photo.url, src.src))
          }
        />
      ) : (
        <Text className="rp-photo__text">{src.status === 'loading' ? '照片读取中…' : '照片读取失败'}</Text>
      )}
    </View>
  );
}

/** Photos already stored with a ticket or a timeline step (downloaded with the token). */
export function PhotoGrid({ photos }: { photos: Photo[] }) {
  if (!photos.length) return null;
  return (
    <View className="rp-photos">
      {photos.map((p) => (
        <StoredPhoto key={p.id} photo={p} all={[]} />
      ))}
    </View>
  );
}

export interface PickedPhoto {
  id: string;
  localPath: string;
}

/** 「拍照或选照片」: compressed photos, uploaded at once (POST /api/v1/files); the ids go with the form. */
export function PhotoPicker({
  photos,
  onChange,
  max = MAX_PHOTOS,
  label = '拍照或选照片',
}: {
  photos: PickedPhoto[];
  onChange: (next: PickedPhoto[]) => void;
  max?: number;
  label?: string;
}) {
  const [progress, setProgress] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const left = max - photos.length;
  const pick = async () => {
    setError(undefined);
    const paths = await choosePhotos(left);
    let next = photos;
    for (let i = 0; i < paths.length; i++) {
      setProgress(`正在上传第 ${i + 1} 张，共 ${paths.length} 张…`);
      const r = await uploadRepairPhoto(paths[i]!);
      if (r.error) {
        setError(r.error);
        break;
      }
      next = [...next, { id: r.data.id, localPath: paths[i]! }];
      onChange(next);
    }
    setProgress(undefined);
  };
  const err = error ? describeError(error) : undefined;
  return (
    <View data-testid="rp-photo-picker">
      <View className="rp-photos">
        {photos.map((p) => (
          <View key={p.id} className="rp-photo" data-testid="rp-picked-photo">
            <Image className="rp-photo__img" src={p.localPath} mode="aspectFill" />
            <Text className="rp-photo__remove" onClick={() => onChange(photos.filter((x) => x.id !== p.id))}>
              删除
            </Text>
          </View>
        ))}
      </View>
      <Text className="muted">
        已选 {photos.length} 张，最多 {max} 张（可以不拍）
      </Text>
      {progress ? <Text className="text">{progress}</Text> : null}
      {err ? (
        <Text className="rp-field-error">
          {err.title}：{err.action}
        </Text>
      ) : null}
      {left > 0 ? (
        <Button
          className="big-button"
          size="large"
          block
          disabled={!!progress}
          data-testid="rp-add-photo"
          onClick={() => void pick()}
        >
          {label}
        </Button>
      ) : null}
    </View>
  );
}
