import { SidebarApp } from '../../components/sidebar/SidebarApp';
import { mountPage } from '../../components/shared/mount';

mountPage(<SidebarApp />);
