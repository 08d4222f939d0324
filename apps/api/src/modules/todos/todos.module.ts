import { Module } from '@nestjs/common';
import { TodosController } from './todos.controller.js';
import { TodosService } from './todos.service.js';

/** 「待我处理」: pending actions across modules (reads only; owns no table). */
@Module({
  controllers: [TodosController],
  providers: [TodosService],
})
export class TodosModule {}
