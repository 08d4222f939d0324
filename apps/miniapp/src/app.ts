import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { startWeapp } from './services/weapp';
// NutUI React Taro: only the styles of the components we use (keeps the weapp main package small).
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/loading/style/css';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(startWeapp);
  // children is the page being shown
  return children;
}

export default App;
