import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';

/** Where home entries go until their page is built. */
export default function Placeholder() {
  const { params } = useRouter();
  const title = params.title ? decodeURIComponent(params.title) : '这项功能';
  return (
    <View className="page">
      <View className="card">
        <Text className="title">{title}</Text>
        <Text className="subtitle">即将上线</Text>
        <Text className="text">这项功能正在建设中，上线后会在首页直接打开。</Text>
      </View>
      <Button
        className="big-button"
        type="primary"
        size="large"
        block
        onClick={() => Taro.reLaunch({ url: '/pages/index/index' })}
      >
        返回首页
      </Button>
    </View>
  );
}
